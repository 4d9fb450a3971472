// a recording closure mutably borrows the log; the log is read after the closure's last call (NLL)
fn main() {
    let mut log: Vec<(i32, i32)> = Vec::new();
    let mut record = |x: i32, y: i32| log.push((x, y));
    let (mut x, mut y) = (0, 0);
    for c in "^^>v<<".chars() {
        match c {
            '^' => y += 1,
            'v' => y -= 1,
            '>' => x += 1,
            _ => x -= 1,
        }
        record(x, y);
    }
    println!("{} moves, last {:?}", log.len(), log.last());
}
