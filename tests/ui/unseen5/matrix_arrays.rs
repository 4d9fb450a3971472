// 3x3 matrices as fixed arrays: multiply, transpose, determinant and identity checks.
type M3 = [[i64; 3]; 3];

fn mul(a: &M3, b: &M3) -> M3 {
    let mut r = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            for k in 0..3 {
                r[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    r
}

fn transpose(m: M3) -> M3 {
    let mut t = m;
    for i in 0..3 {
        for j in 0..3 {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn det(m: &M3) -> i64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

fn show(name: &str, m: &M3) {
    println!("{}:", name);
    for row in m {
        let cells: Vec<String> = row.iter().map(|x| format!("{:>4}", x)).collect();
        println!("  [{}]", cells.join(""));
    }
}

fn main() {
    let a: M3 = [[2, 0, 1], [1, 3, 2], [1, 1, 1]];
    let id: M3 = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    let b = transpose(a);
    show("a", &a);
    show("a^T", &b);
    show("a*a^T", &mul(&a, &b));
    println!("a*I == a: {}", mul(&a, &id) == a);
    println!("det a = {}, det a^T = {}", det(&a), det(&b));
    let mut p = id;
    for _ in 0..5 {
        p = mul(&p, &a);
    }
    println!("trace of a^5 = {}", (0..3).map(|i| p[i][i]).sum::<i64>());
    println!("{:?}", p[2]);
}
