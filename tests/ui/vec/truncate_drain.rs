// truncate keeps the capacity; drain removes a range and returns its elements.
fn main() {
    let mut v: Vec<i32> = (1..=10).collect();
    println!("{:?} {}", v, v.capacity());
    v.truncate(7);
    println!("{:?} {}", v, v.capacity());
    let drained: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?} {}", drained, v, v.capacity());
    let rest: Vec<i32> = v.drain(..).collect();
    println!("{:?} {:?} {}", rest, v, v.capacity());
    let mut w = vec!['a', 'b', 'c', 'd'];
    w.drain(1..=2);
    println!("{w:?}");
}
