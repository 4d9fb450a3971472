//@ compile-fail
// a function returns usize but its counter was inferred as i32 from an annotation
fn count_trees(rows: &[&str], step: usize) -> usize {
    let mut trees: i32 = 0;
    for (i, row) in rows.iter().enumerate() {
        if row.as_bytes()[(i * step) % row.len()] == b'#' {
            trees += 1;
        }
    }
    trees //~ ERROR E0308
}

fn main() {
    println!("{}", count_trees(&["..##.", "#...#", ".#..#"], 3));
}
