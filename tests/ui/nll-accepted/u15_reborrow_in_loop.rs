// a &mut Vec parameter passed to a helper in a loop and used after it (implicit reborrows)
fn step(cells: &mut Vec<u8>) {
    let n = cells.len();
    for i in 0..n {
        cells[i] = (cells[i] + cells[(i + 1) % n]) % 10;
    }
}

fn run(cells: &mut Vec<u8>, times: usize) -> u32 {
    for _ in 0..times {
        step(cells);
    }
    cells.push(0);
    cells.iter().map(|&c| c as u32).sum()
}

fn main() {
    let mut cells = vec![1, 2, 3, 4];
    let total = run(&mut cells, 3);
    println!("{:?} {total}", cells);
}
