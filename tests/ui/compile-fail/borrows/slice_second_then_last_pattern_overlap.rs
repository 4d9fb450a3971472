//@ compile-fail
// The second element (of a pattern matching at least two) may be the last one (of a pattern matching at least one).
fn main() {
    let mut grid = vec![vec![1], vec![2], vec![3]];
    let s = grid.as_mut_slice();
    let [_, second, ..] = s else { return };
    let [.., last] = s else { return }; //~ ERROR E0499
    second.append(last);
    println!("{:?}", grid);
}
