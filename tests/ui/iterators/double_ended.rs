// next_back, rev on ranges and chars, and mixed front/back consumption.
fn main() {
    let mut it = [1, 2, 3, 4, 5].into_iter();
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{:?} {:?}", it.next(), it.next());
    let r: Vec<u8> = (b'a'..=b'e').rev().collect();
    println!("{:?}", String::from_utf8(r));
    println!("{:?}", (0..10).rev().step_by(3).collect::<Vec<_>>());
    println!("{:?}", "x,y,z".rsplitn(2, ',').collect::<Vec<_>>());
}
