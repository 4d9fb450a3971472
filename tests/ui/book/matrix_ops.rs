// Mixed: 2D arrays, nested loops, const generics-free fixed sizes, operator overloading with Add/Mul.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct M2 {
    a: [[i64; 2]; 2],
}

impl Add for M2 {
    type Output = M2;
    fn add(self, o: M2) -> M2 {
        let mut r = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                r[i][j] = self.a[i][j] + o.a[i][j];
            }
        }
        M2 { a: r }
    }
}

impl Mul for M2 {
    type Output = M2;
    fn mul(self, o: M2) -> M2 {
        let mut r = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    r[i][j] += self.a[i][k] * o.a[k][j];
                }
            }
        }
        M2 { a: r }
    }
}

fn power(m: M2, mut n: u32) -> M2 {
    let mut result = M2 { a: [[1, 0], [0, 1]] };
    let mut base = m;
    while n > 0 {
        if n & 1 == 1 {
            result = result * base;
        }
        base = base * base;
        n >>= 1;
    }
    result
}

fn main() {
    let fib = M2 { a: [[1, 1], [1, 0]] };
    for n in [1, 2, 10, 50, 90] {
        println!("fib({n}) = {}", power(fib, n).a[0][1]);
    }
    let s = fib + fib;
    println!("{:?}", s);
    println!("{}", s == M2 { a: [[2, 2], [2, 0]] });
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut t = [[0; 3]; 3];
    for (i, row) in grid.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            t[j][i] = v;
        }
    }
    println!("{:?}", t);
    let diag: i32 = (0..3).map(|i| grid[i][i]).sum();
    let anti: i32 = (0..3).map(|i| grid[i][2 - i]).sum();
    println!("diag {diag} anti {anti}");
    let flat: Vec<i32> = grid.iter().flatten().copied().collect();
    println!("{:?} max {:?}", flat, flat.iter().max());
    println!("{}", std::mem::size_of::<M2>());
}
