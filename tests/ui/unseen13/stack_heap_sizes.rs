// Sizes on the stack of values whose contents live on the heap (String, Vec, Box) versus plain values.
use std::mem::{size_of, size_of_val};

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let x: i32 = 5;
    let y = x;
    println!("i32: {} bytes, x = {}, y = {}", size_of::<i32>(), x, y);
    println!("u8: {}, u16: {}, u64: {}, u128: {}", size_of::<u8>(), size_of::<u16>(), size_of::<u64>(), size_of::<u128>());
    println!("f64: {}, bool: {}, char: {}", size_of::<f64>(), size_of::<bool>(), size_of::<char>());

    let p = Point { x: 1, y: 2 };
    println!("Point: {} bytes ({}, {})", size_of_val(&p), p.x, p.y);

    let s = String::from("hello");
    println!("String on the stack: {} bytes, len {}, capacity {}", size_of_val(&s), s.len(), s.capacity());
    let text: &str = "bonjour";
    println!("&str: {} bytes, points to {} bytes", size_of_val(&text), size_of_val(text));

    let v: Vec<u64> = vec![1, 2, 3];
    println!("Vec<u64>: {} bytes on the stack, {} bytes of elements", size_of_val(&v), size_of_val(&v[..]));

    let b = Box::new(42_u64);
    println!("Box<u64>: {} bytes, value {}", size_of_val(&b), *b);
    println!("Option<Box<u64>>: {} bytes", size_of::<Option<Box<u64>>>());
    println!("Option<u64>: {} bytes", size_of::<Option<u64>>());
    println!("&i32: {}, &[i32]: {}", size_of::<&i32>(), size_of::<&[i32]>());

    let arr = [0_u16; 10];
    println!("[u16; 10]: {} bytes", size_of_val(&arr));
    println!("(): {}", size_of::<()>());
}
