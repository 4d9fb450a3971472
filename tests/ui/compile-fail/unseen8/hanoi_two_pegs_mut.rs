//@ compile-fail
// Moving a disk by borrowing two pegs of the same array mutably at once through indexing.
fn main() {
    let mut pegs: [Vec<u32>; 3] = [vec![3, 2, 1], vec![], vec![]];
    let from = &mut pegs[0];
    let to = &mut pegs[2]; //~ ERROR E0499
    to.push(from.pop().unwrap());
    println!("{:?}", pegs);
}
