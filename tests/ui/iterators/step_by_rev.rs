// step_by from the back: rev, next_back and len on StepBy over ranges and slices.
fn main() {
    let odds: Vec<u32> = (1..20).step_by(4).rev().collect();
    println!("{:?}", odds);
    let v = [1, 2, 3, 4, 5, 6, 7];
    let mut it = v.iter().step_by(3);
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.len(), it.next_back());
    println!("{:?}", (0..=10u8).step_by(5).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(2).rev().collect::<Vec<_>>());
    println!("{:?}", (0..0).step_by(2).rev().collect::<Vec<i32>>());
}
