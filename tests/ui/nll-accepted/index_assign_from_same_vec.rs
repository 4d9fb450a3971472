// `a[i] = a[j]` reads the right-hand side into a temporary before `IndexMut` borrows the Vec.
struct Table {
    rows: Vec<Vec<u32>>,
}

fn main() {
    let mut v = vec![1, 2, 3];
    v[0] = v[2];
    *v.last_mut().unwrap() = v[1];
    let mut grid = vec![vec![1u32; 3]; 3];
    for i in 1..3 {
        for j in 0..3 {
            grid[i][j] = grid[i - 1][j];
            grid[i][j] += grid[i - 1][j];
        }
    }
    let mut t = Table { rows: vec![vec![5, 6], vec![7, 8]] };
    t.rows[1][0] = t.rows[0][1];
    let mut words = vec![String::from("a"), String::from("b")];
    words[0] = words[1].clone();
    println!("{:?} {:?} {:?} {:?}", v, grid, t.rows, words);
}
