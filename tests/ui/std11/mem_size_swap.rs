// std::mem: swap, replace, take, size_of of many types including Option<Box<T>>, size_of_val, align_of.
use std::mem;

#[allow(dead_code)]
struct Point {
    x: f64,
    y: f64,
}

#[allow(dead_code)]
enum Token {
    Num(i64),
    Op(char),
    End,
}

#[allow(dead_code)]
struct Packed {
    a: u8,
    b: u32,
    c: u8,
}

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let old = mem::replace(&mut a, String::from("new"));
    println!("{} {}", old, a);
    let mut v = vec![1, 2, 3];
    let taken = mem::take(&mut v);
    println!("{:?} {:?} {}", taken, v, v.capacity());
    let mut n = 5;
    let m = mem::take(&mut n);
    println!("{} {}", m, n);
    println!("u8 {} u16 {} u32 {} u64 {} u128 {} usize {}", mem::size_of::<u8>(), mem::size_of::<u16>(), mem::size_of::<u32>(), mem::size_of::<u64>(), mem::size_of::<u128>(), mem::size_of::<usize>());
    println!("bool {} char {} f32 {} f64 {} unit {}", mem::size_of::<bool>(), mem::size_of::<char>(), mem::size_of::<f32>(), mem::size_of::<f64>(), mem::size_of::<()>());
    println!("&u8 {} &str {} &[u32] {} Box<i32> {} Box<[u8]> {}", mem::size_of::<&u8>(), mem::size_of::<&str>(), mem::size_of::<&[u32]>(), mem::size_of::<Box<i32>>(), mem::size_of::<Box<[u8]>>());
    println!("String {} Vec<u8> {} Option<Box<i32>> {} Option<&u8> {} Option<u32> {}", mem::size_of::<String>(), mem::size_of::<Vec<u8>>(), mem::size_of::<Option<Box<i32>>>(), mem::size_of::<Option<&u8>>(), mem::size_of::<Option<u32>>());
    println!("Option<u8> {} Option<bool> {} Option<char> {} Option<String> {}", mem::size_of::<Option<u8>>(), mem::size_of::<Option<bool>>(), mem::size_of::<Option<char>>(), mem::size_of::<Option<String>>());
    println!("Point {} Token {} Packed {} (u8, u32) {} [u16; 5] {}", mem::size_of::<Point>(), mem::size_of::<Token>(), mem::size_of::<Packed>(), mem::size_of::<(u8, u32)>(), mem::size_of::<[u16; 5]>());
    println!("Result<u32, ()> {} Result<u64, String> {}", mem::size_of::<Result<u32, ()>>(), mem::size_of::<Result<u64, String>>());
    println!("align u64 {} Point {} Packed {}", mem::align_of::<u64>(), mem::align_of::<Point>(), mem::align_of::<Packed>());
    let arr = [0u32; 7];
    println!("{} {} {}", mem::size_of_val(&arr), mem::size_of_val(&arr[..3]), mem::size_of_val("héllo"));
    let s = String::from("abc");
    println!("{} {}", mem::size_of_val(&s), mem::size_of_val(s.as_str()));
    let mut opt = Some(3);
    let prev = mem::replace(&mut opt, None);
    println!("{:?} {:?}", prev, opt);
    let mut pair = (1, 2);
    mem::swap(&mut pair.0, &mut pair.1);
    println!("{:?}", pair);
    let mut xs = [1, 2, 3];
    xs.swap(0, 2);
    let (l, r) = xs.split_at_mut(1);
    mem::swap(&mut l[0], &mut r[0]);
    println!("{:?}", xs);
    drop(taken);
    mem::drop(old);
    println!("done");
}
