// Fibonacci numbers by 2x2 matrix exponentiation in u64, checked against the loop and against overflow.
type M = [[u64; 2]; 2];

fn mul(a: &M, b: &M) -> Option<M> {
    let mut r = [[0u64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            let mut s: u64 = 0;
            for k in 0..2 {
                s = s.checked_add(a[i][k].checked_mul(b[k][j])?)?;
            }
            r[i][j] = s;
        }
    }
    Some(r)
}

fn pow(m: M, mut n: u32) -> Option<M> {
    let mut result: M = [[1, 0], [0, 1]];
    let mut base = m;
    while n > 0 {
        if n & 1 == 1 {
            result = mul(&result, &base)?;
        }
        n >>= 1;
        if n > 0 {
            base = mul(&base, &base)?;
        }
    }
    Some(result)
}

fn fib_matrix(n: u32) -> Option<u64> {
    if n == 0 {
        return Some(0);
    }
    pow([[1, 1], [1, 0]], n - 1).map(|m| m[0][0])
}

fn fib_loop(n: u32) -> Option<u64> {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let next = a.checked_add(b)?;
        a = b;
        b = next;
    }
    Some(a)
}

fn main() {
    for n in [0, 1, 2, 10, 20, 50, 90, 93] {
        let m = fib_matrix(n);
        let l = fib_loop(n);
        println!("fib({:>2}) = {:<22} agree={}", n, m.map_or(String::from("overflow"), |v| v.to_string()), m == l);
    }
    let first_overflow = (0..200).find(|&n| fib_matrix(n).is_none());
    println!("matrix overflows first at n = {:?}", first_overflow);
    let loop_overflow = (0..200).find(|&n| fib_loop(n).is_none());
    println!("loop overflows first at n = {:?}", loop_overflow);
    let evens: u64 = (1..40).filter_map(fib_loop).filter(|v| v % 2 == 0).take_while(|&v| v < 4_000_000).sum();
    println!("even fibs below 4M sum to {}", evens);
    let digits: Vec<usize> = [10, 30, 60, 90].iter().map(|&n| fib_matrix(n).unwrap().to_string().len()).collect();
    println!("digit counts: {:?}", digits);
}
