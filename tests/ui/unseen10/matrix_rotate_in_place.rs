// Rotates a square image matrix 90 degrees in place (transpose then reverse rows) and checks four turns give it back.
type Grid = Vec<Vec<u8>>;

fn transpose(m: &mut Grid) {
    let n = m.len();
    for i in 0..n {
        for j in (i + 1)..n {
            let tmp = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = tmp;
        }
    }
}

fn rotate_clockwise(m: &mut Grid) {
    transpose(m);
    for row in m.iter_mut() {
        row.reverse();
    }
}

fn show(label: &str, m: &Grid) {
    println!("{}:", label);
    for row in m {
        let line: String = row.iter().map(|&v| if v > 0 { '#' } else { '.' }).collect();
        println!("  {}", line);
    }
}

fn main() {
    let mut arrow: Grid = vec![
        vec![0, 0, 1, 0, 0],
        vec![0, 1, 1, 1, 0],
        vec![1, 0, 1, 0, 1],
        vec![0, 0, 1, 0, 0],
        vec![0, 0, 1, 0, 0],
    ];
    let original = arrow.clone();
    show("up", &arrow);
    rotate_clockwise(&mut arrow);
    show("right", &arrow);
    rotate_clockwise(&mut arrow);
    show("down", &arrow);
    rotate_clockwise(&mut arrow);
    rotate_clockwise(&mut arrow);
    println!("back to start: {}", arrow == original);
    let diag: Vec<u8> = (0..arrow.len()).map(|i| arrow[i][i]).collect();
    let anti: u32 = (0..arrow.len()).map(|i| arrow[i][arrow.len() - 1 - i] as u32).sum();
    println!("diagonal {:?}, anti-diagonal sum {}", diag, anti);
}
