//@ compile-fail
// `[first, ..]` and `[.., last]` matched separately may be the same element of a one-element slice.
fn main() {
    let mut grid = vec![vec![1], vec![2]];
    let s = grid.as_mut_slice();
    let [first, ..] = s else { return };
    let [.., last] = s else { return }; //~ ERROR E0499
    first.append(last);
    println!("{:?}", grid);
}
