// Box::new moves a value to the heap; deref reads it back; the Box is pointer-sized.
fn main() {
    let b = Box::new(5);
    println!("b = {b}");
    let c = *b + 1;
    println!("c = {c}");
    let mut m = Box::new(String::from("boxed"));
    m.push('!');
    println!("{m} {}", m.len());
    println!("{}", std::mem::size_of::<Box<i32>>());
    println!("{}", std::mem::size_of::<Box<[u8; 1000]>>());
    let big = Box::new([7u8; 1000]);
    println!("{}", big.iter().map(|&x| x as u32).sum::<u32>());
}
