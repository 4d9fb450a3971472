// split_at_mut gives two disjoint mutable views of the pegs array to move a disk.
fn main() {
    let mut pegs: [Vec<u32>; 3] = [vec![3, 2, 1], vec![], vec![]];
    let (left, right) = pegs.split_at_mut(1);
    let disk = left[0].pop().unwrap();
    right[1].push(disk);
    let (a, b) = pegs.split_at_mut(2);
    a[1].push(b[0][0] + 10);
    println!("{:?}", pegs);
}
