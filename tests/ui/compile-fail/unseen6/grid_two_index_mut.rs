//@ compile-fail
// Two `&mut` indexes into the same Vec at once, to swap rows by hand.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let (top, bottom) = (&mut grid[0], &mut grid[1]); //~ ERROR E0499
    std::mem::swap(top, bottom);
    println!("{:?}", grid);
}
