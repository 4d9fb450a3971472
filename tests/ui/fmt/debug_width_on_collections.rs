// Format specs apply to each element in Debug of collections.
fn main() {
    let v = [1.0, 2.25, -3.5];
    println!("{:?}", v);
    println!("{:.2?}", v);
    println!("{:6.1?}", v);
    println!("{:>4?}", [1, 22, 333]);
    println!("{:#x?}", [255, 16]);
    println!("{:?}", Some(0.1 + 0.2));
    println!("{:.3?}", (1.0f64 / 3.0, 2.0f32));
    println!("{:5}|{:<5}|{:^5}|", true, false, true);
}
