// Walking a matrix in spiral order and generating one, with boundaries shrinking in a loop.
fn spiral_order(m: &Vec<Vec<i32>>) -> Vec<i32> {
    let mut out = Vec::new();
    if m.is_empty() {
        return out;
    }
    let (mut top, mut left) = (0i32, 0i32);
    let mut bottom = m.len() as i32 - 1;
    let mut right = m[0].len() as i32 - 1;
    while top <= bottom && left <= right {
        for c in left..=right {
            out.push(m[top as usize][c as usize]);
        }
        top += 1;
        for r in top..=bottom {
            out.push(m[r as usize][right as usize]);
        }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() {
                out.push(m[bottom as usize][c as usize]);
            }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() {
                out.push(m[r as usize][left as usize]);
            }
            left += 1;
        }
    }
    out
}

fn spiral_fill(n: usize) -> Vec<Vec<u32>> {
    let mut grid = vec![vec![0u32; n]; n];
    let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
    for k in 1..=(n * n) as u32 {
        grid[r as usize][c as usize] = k;
        let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
        let blocked = nr < 0 || nc < 0 || nr >= n as i32 || nc >= n as i32 || grid[nr as usize][nc as usize] != 0;
        if blocked {
            d = (d + 1) % 4;
        }
        r += dirs[d].0;
        c += dirs[d].1;
    }
    grid
}

fn main() {
    let m: Vec<Vec<i32>> = (0..3).map(|r| (1..=4).map(|c| r * 4 + c).collect()).collect();
    println!("{:?}", m);
    println!("spiral: {:?}", spiral_order(&m));
    println!("single row: {:?}", spiral_order(&vec![vec![7, 8, 9]]));
    println!("column: {:?}", spiral_order(&vec![vec![1], vec![2], vec![3]]));
    println!("empty: {:?}", spiral_order(&vec![]));
    for n in [1, 4] {
        println!("n = {}", n);
        for row in spiral_fill(n) {
            let cells: Vec<String> = row.iter().map(|x| format!("{:>3}", x)).collect();
            println!("{}", cells.concat());
        }
    }
}
