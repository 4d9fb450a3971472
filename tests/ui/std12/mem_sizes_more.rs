// std::mem: size_of/align_of for scalars, references, fat pointers, Option niches, enums, tuples, arrays, boxes; replace/take/swap on fields.
use std::mem;
use std::rc::Rc;

#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Rect(f32, f32),
    Empty,
}

#[allow(dead_code)]
enum Small { A, B, C }

trait Speak {}

#[derive(Debug, Default)]
struct Node {
    name: String,
    kids: Vec<u32>,
}

fn main() {
    println!("{} {} {} {}", mem::size_of::<u8>(), mem::size_of::<char>(), mem::size_of::<bool>(), mem::size_of::<u128>());
    println!("{} {} {}", mem::size_of::<&u8>(), mem::size_of::<&str>(), mem::size_of::<&[u32]>());
    println!("{} {} {}", mem::size_of::<Box<i32>>(), mem::size_of::<Box<dyn Speak>>(), mem::size_of::<Rc<u8>>());
    println!("{} {} {}", mem::size_of::<Option<Box<i32>>>(), mem::size_of::<Option<&u8>>(), mem::size_of::<Option<u32>>());
    println!("{} {} {}", mem::size_of::<String>(), mem::size_of::<Vec<u8>>(), mem::size_of::<Option<String>>());
    println!("{} {} {}", mem::size_of::<Shape>(), mem::size_of::<Small>(), mem::size_of::<Option<Small>>());
    println!("{} {} {}", mem::size_of::<(u8, u32)>(), mem::size_of::<(u8, u8, u16)>(), mem::size_of::<[u16; 5]>());
    println!("{} {} {}", mem::size_of::<()>(), mem::size_of::<Option<()>>(), mem::size_of::<Option<bool>>());
    println!("{} {} {}", mem::align_of::<u64>(), mem::align_of::<(u8, u16)>(), mem::align_of::<[u8; 3]>());
    println!("{} {}", mem::size_of_val(&[0u32; 4]), mem::size_of_val("héllo"));
    println!("{}", mem::size_of::<Node>());
    let mut n = Node { name: String::from("root"), kids: vec![1, 2] };
    let old_name = mem::replace(&mut n.name, String::from("new"));
    let kids = mem::take(&mut n.kids);
    println!("{} {:?} {:?} cap {}", old_name, kids, n, n.kids.capacity());
    let mut a = Node { name: String::from("a"), kids: vec![] };
    let mut b = Node { name: String::from("b"), kids: vec![9] };
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
    mem::swap(&mut a.kids, &mut b.kids);
    println!("{:?} {:?}", a.kids, b.kids);
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v[0], 100);
    println!("{} {:?}", old, v);
    let mut opt = Some(3);
    let t = mem::take(&mut opt);
    println!("{:?} {:?}", t, opt);
    let x = String::from("forgotten?");
    let moved = x;
    mem::drop(moved);
    println!("{}", mem::size_of::<fn(i32) -> i32>());
}
