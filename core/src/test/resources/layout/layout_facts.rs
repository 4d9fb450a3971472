// Prints rustc's layout facts for the types heaplab models; its output is layout_facts.txt.
// Regenerate: rustc --edition 2024 layout_facts.rs -o /tmp/lf && /tmp/lf > layout_facts.txt
#![allow(dead_code)]
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::mem::{align_of, offset_of, size_of, size_of_val};
use std::fmt::Formatter;
use std::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex, MutexGuard};

trait Speak { fn speak(&self); }

struct Point { x: i32, y: i32 }
struct Mixed { a: u8, b: u32, c: u16, d: u64 }
struct Person { name: String, age: u8, alive: bool }
struct Wrapper(u8, [u8; 4], u32);
struct Empty;
struct Generic<T> { tag: u8, value: T }
struct Node { value: i32, next: Option<Box<Node>> }
struct Niches { a: u32, b: bool, c: u16 }
struct Pair<A, B> { first: A, second: B }
struct HasZst { a: u32, z: (), b: u8 }
enum Dir { N, E, S, W }
enum Wide { A = 0, B = 1000 }
enum Neg { A = -1, B = 200 }
enum Shape { Circle(f64), Rect { w: u32, h: u32 }, Nothing }
enum Msg { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }
enum Void {}
enum Single { Only(u32) }
enum WithVoid { A(u32), B(Void) }
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
enum Jagged { A(u8, bool), B(u8) }
enum Unit1 { A }
enum Big { A(u64, u8), B(u16), C }
enum Flagged { On(bool), Off }
enum Five { A = 5, B = 6 }
enum Hi { A = 250, B = 254 }
enum Tri { A(bool), B, C }
enum Over { A(Hi), B, C, D }
struct EndBias { a: u8, b: bool, c: u16 }
enum AroundNiche { Big(EndBias), Small(u16), Tiny(u8) }

fn hex<T>(v: &T) -> String {
    let p = v as *const T as *const u8;
    (0..size_of::<T>()).map(|i| format!("{:02x}", unsafe { *p.add(i) })).collect()
}

fn off<T, F>(base: &T, field: &F) -> usize {
    field as *const F as usize - base as *const T as usize
}

macro_rules! sz {
    ($($t:ty),* $(,)?) => { $( println!("size\t{}\t{}\t{}", stringify!($t), size_of::<$t>(), align_of::<$t>()); )* };
}

macro_rules! offs {
    ($t:ty: $($f:tt),*) => { $( println!("offset\t{}\t{}\t{}", stringify!($t), stringify!($f), offset_of!($t, $f)); )* };
}

macro_rules! variant {
    ($t:ty, $name:literal, $e:expr, $p:pat => [$($f:ident),*]) => {{
        let v: $t = $e;
        println!("tag\t{}\t{}\t{}", stringify!($t), $name, hex(&v));
        #[allow(irrefutable_let_patterns)]
        if let $p = &v { $( println!("voffset\t{}\t{}\t{}\t{}", stringify!($t), $name, stringify!($f), off(&v, $f)); )* }
    }};
}

struct Counting;
static LAST: std::sync::Mutex<(usize, usize)> = std::sync::Mutex::new((0, 0));
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        if let Ok(mut g) = LAST.try_lock() { *g = (l.size(), l.align()); }
        unsafe { std::alloc::System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) { unsafe { std::alloc::System.dealloc(p, l) } }
}
#[global_allocator]
static GLOBAL: Counting = Counting;

macro_rules! heap {
    ($name:literal, $e:expr) => {{
        let v = $e;
        let (size, align) = *LAST.lock().unwrap();
        println!("heap\t{}\t{}\t{}", $name, size, align);
        drop(v);
    }};
}

fn f(x: u8) -> u8 { x }

fn main() {
    sz!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, bool, char, ());
    sz!((u8,), (u8, u32), (u8, u32, u8), (u16, u8, u64), ((), u8), (bool, u64, bool), (char, u8));
    sz!([u8; 0], [u8; 3], [u32; 5], [u16; 3], [bool; 2], [(u8, u32); 2], [String; 2], [u128; 1]);
    sz!(&u8, &mut u64, &str, &[u8], &mut [u32], &dyn Speak, *const u8, *mut [u8], *const str);
    sz!(Box<u8>, Box<str>, Box<[u32]>, Box<dyn Speak>, fn(u8) -> u8, fn());
    sz!(String, Vec<u8>, Vec<u64>, Vec<()>, Rc<u8>, Arc<String>, Weak<u8>, Rc<str>);
    sz!(Cell<u8>, Cell<bool>, Cell<u64>, RefCell<u8>, RefCell<Vec<u8>>, Ref<'static, u32>, RefMut<'static, u32>);
    sz!(HashMap<u32, String>, HashSet<u64>, Mutex<u32>, Mutex<u64>, Mutex<Vec<u8>>, MutexGuard<'static, u32>);
    sz!(Range<u32>, Range<usize>, Range<u8>, RangeInclusive<u32>, Ordering);
    sz!(Option<u8>, Option<u32>, Option<u64>, Option<bool>, Option<char>, Option<Option<bool>>);
    sz!(Option<&u8>, Option<&str>, Option<Box<u8>>, Option<String>, Option<Vec<u8>>, Option<Rc<u8>>);
    sz!(Option<()>, Option<Cell<bool>>, Option<RefCell<u8>>, Option<Ordering>, Option<(u8, bool)>);
    sz!(Option<fn()>, Option<Option<u8>>, Option<Option<Option<bool>>>, Option<HashMap<u8, u8>>);
    sz!(Option<u128>, Option<Range<u32>>, Option<Box<dyn Speak>>, Option<&[u8]>, Option<Option<Ordering>>);
    sz!(Result<u32, String>, Result<u8, u8>, Result<(), Box<u8>>, Result<String, String>);
    sz!(Result<u64, ()>, Result<bool, ()>, Result<char, u8>, Result<Vec<u8>, u64>, Result<String, Box<u8>>);
    sz!(Point, Mixed, Person, Wrapper, Empty, Generic<u64>, Generic<bool>, Node, Niches, HasZst);
    sz!(Pair<u8, u64>, Pair<bool, Option<u8>>, Pair<String, bool>, Pair<(), ()>);
    sz!(Dir, Wide, Neg, Shape, Msg, Void, Single, WithVoid, Tree, Jagged, Unit1, Big, Flagged);
    sz!(Option<Dir>, Option<Shape>, Option<Msg>, Option<Point>, Option<Void>, Option<Single>);
    sz!(Option<Jagged>, Option<Big>, Option<Flagged>, Option<Option<Flagged>>, Option<Person>, Option<Node>);
    sz!(Result<Void, u8>, Option<Empty>, Option<Unit1>, Result<Dir, Dir>);
    sz!(Option<*const dyn Speak>, Option<*const [u8]>, JoinHandle<()>, Option<JoinHandle<()>>);
    sz!(Sender<u8>, Receiver<u8>, Option<Sender<u8>>, Formatter<'static>, std::fmt::Error);
    sz!(RangeFrom<u32>, RangeTo<u32>, RangeToInclusive<u64>, RangeFull, Option<RangeInclusive<u32>>);
    sz!(Option<MutexGuard<'static, u32>>, Option<Ref<'static, u8>>, Option<Cell<u8>>, Mutex<bool>);
    sz!(Option<Mutex<bool>>, Option<Vec<()>>, Option<Rc<str>>, Option<Weak<u8>>, Option<RefCell<bool>>);
    sz!(EndBias, AroundNiche, Option<AroundNiche>);
    sz!(Five, Hi, Tri, Option<Five>, Option<Option<Hi>>, Option<Tri>);
    sz!(Cell<Option<bool>>, Option<Cell<Option<bool>>>, [Option<bool>; 3], Option<[bool; 3]>, Option<[bool; 0]>);

    offs!(Point: x, y);
    offs!(Mixed: a, b, c, d);
    offs!(Person: name, age, alive);
    offs!(Wrapper: 0, 1, 2);
    offs!(Generic<u64>: tag, value);
    offs!(Node: value, next);
    offs!(Niches: a, b, c);
    offs!(HasZst: a, z, b);
    offs!(EndBias: a, b, c);
    offs!(Pair<bool, Option<u8>>: first, second);
    offs!(Pair<String, bool>: first, second);
    offs!((u8, u32, u8): 0, 1, 2);
    offs!((u16, u8, u64): 0, 1, 2);
    offs!((bool, u64, bool): 0, 1, 2);

    variant!(Option<bool>, "None", None, None => []);
    variant!(Option<Option<bool>>, "None", None, None => []);
    variant!(Option<Option<bool>>, "Some", Some(None), Some(_0) => [_0]);
    variant!(Option<u32>, "None", None, None => []);
    variant!(Option<u32>, "Some", Some(7), Some(_0) => [_0]);
    variant!(Option<char>, "None", None, None => []);
    variant!(Option<&u8>, "None", None, None => []);
    variant!(Option<String>, "None", None, None => []);
    variant!(Option<Ordering>, "None", None, None => []);
    variant!(Ordering, "Less", Ordering::Less, _ => []);
    variant!(Ordering, "Equal", Ordering::Equal, _ => []);
    variant!(Ordering, "Greater", Ordering::Greater, _ => []);
    variant!(Result<u32, String>, "Ok", Ok(7), Ok(_0) => [_0]);
    variant!(Result<u8, u8>, "Ok", Ok(1), Ok(_0) => [_0]);
    variant!(Result<u8, u8>, "Err", Err(2), Err(_0) => [_0]);
    variant!(Result<Vec<u8>, u64>, "Err", Err(9), Err(_0) => [_0]);
    variant!(Dir, "W", Dir::W, _ => []);
    variant!(Wide, "B", Wide::B, _ => []);
    variant!(Neg, "A", Neg::A, _ => []);
    variant!(Shape, "Circle", Shape::Circle(1.0), Shape::Circle(_0) => [_0]);
    variant!(Shape, "Rect", Shape::Rect { w: 1, h: 2 }, Shape::Rect { w, h } => [w, h]);
    variant!(Shape, "Nothing", Shape::Nothing, _ => []);
    variant!(Msg, "Quit", Msg::Quit, _ => []);
    variant!(Msg, "Move", Msg::Move { x: 1, y: 2 }, Msg::Move { x, y } => [x, y]);
    variant!(Msg, "Color", Msg::Color(1, 2, 3), Msg::Color(_0, _1, _2) => [_0, _1, _2]);
    variant!(Msg, "Write", Msg::Write(String::new()), Msg::Write(_0) => [_0]);
    variant!(Jagged, "A", Jagged::A(1, true), Jagged::A(_0, _1) => [_0, _1]);
    variant!(Jagged, "B", Jagged::B(5), Jagged::B(_0) => [_0]);
    variant!(Big, "A", Big::A(1, 2), Big::A(_0, _1) => [_0, _1]);
    variant!(Big, "B", Big::B(3), Big::B(_0) => [_0]);
    variant!(Big, "C", Big::C, _ => []);
    variant!(Option<Flagged>, "None", None, None => []);
    variant!(Option<Option<Flagged>>, "None", None, None => []);
    variant!(Option<Five>, "None", None, None => []);
    variant!(Option<Option<Five>>, "None", None, None => []);
    variant!(Option<Hi>, "None", None, None => []);
    variant!(Option<Option<Hi>>, "None", None, None => []);
    variant!(Option<Option<Option<Hi>>>, "None", None, None => []);
    variant!(AroundNiche, "Small", AroundNiche::Small(7), AroundNiche::Small(_0) => [_0]);
    variant!(AroundNiche, "Tiny", AroundNiche::Tiny(7), AroundNiche::Tiny(_0) => [_0]);
    variant!(Over, "B", Over::B, _ => []);
    variant!(Over, "D", Over::D, _ => []);
    variant!(Tri, "B", Tri::B, _ => []);
    variant!(Tri, "C", Tri::C, _ => []);
    variant!(Tri, "A", Tri::A(true), Tri::A(_0) => [_0]);
    variant!(Tree, "Leaf", Tree::Leaf(3), Tree::Leaf(_0) => [_0]);

    // Closures: size of the closure value from its captures.
    let a = 5u8;
    let s = String::new();
    let n = 7u64;
    let c0 = || 1;
    let c1 = move || a;
    let c2 = || s.len();
    let s2 = String::new();
    let c3 = move || (a, n, s2.len());
    println!("closure\tnone\t{}", size_of_val(&c0));
    println!("closure\tu8\t{}", size_of_val(&c1));
    println!("closure\t&String\t{}", size_of_val(&c2));
    println!("closure\tu8,u64,String\t{}", size_of_val(&c3));
    println!("fnitem\tf\t{}", size_of_val(&f));

    // Memory order of Vec's private words: which word holds the capacity and which the length.
    let mut v: Vec<u8> = Vec::with_capacity(100);
    v.extend([1, 2, 3]);
    let words: [usize; 3] = unsafe { std::mem::transmute(v) };
    let cap = words.iter().position(|&w| w == 100).unwrap();
    let len = words.iter().position(|&w| w == 3).unwrap();
    println!("vecwords\tcap\t{}\tlen\t{}", cap * 8, len * 8);
    // Heap blocks: size and alignment the allocator is asked for.
    heap!("Box<u64>", Box::new(1u64));
    heap!("Box<(u8, u32)>", Box::new((1u8, 2u32)));
    heap!("Rc<u8>", Rc::new(1u8));
    heap!("Rc<u64>", Rc::new(1u64));
    heap!("Rc<String>", Rc::new(String::new()));
    heap!("Rc<u128>", Rc::new(1u128));
    heap!("Arc<u8>", Arc::new(1u8));
    heap!("Rc<RefCell<u8>>", Rc::new(RefCell::new(1u8)));
    heap!("Vec<u32>*3", Vec::<u32>::with_capacity(3));
    heap!("Vec<(u8, u16)>*5", Vec::<(u8, u16)>::with_capacity(5));
    heap!("String*10", String::with_capacity(10));

    // Offsets of private fields, measured from addresses.
    let m = Mutex::new(5u64);
    let g = m.lock().unwrap();
    println!("inner\tMutex<u64>\tdata\t{}", &*g as *const u64 as usize - &m as *const _ as usize);
    drop(g);
    let m = Mutex::new(5u8);
    let g = m.lock().unwrap();
    println!("inner\tMutex<u8>\tdata\t{}", &*g as *const u8 as usize - &m as *const _ as usize);
    drop(g);
    let c = RefCell::new(5u8);
    let b = c.borrow();
    println!("inner\tRefCell<u8>\tvalue\t{}", &*b as *const u8 as usize - &c as *const _ as usize);
    drop(b);
    let r = Rc::new(5u16);
    let keep = (r.clone(), r.clone(), Rc::downgrade(&r));
    let raw = Rc::into_raw(r);
    let block = unsafe { (raw as *const u8).sub(16) as *const usize };
    println!("rcwords\tRc<u16>\tstrong\t{}\tweak\t{}", unsafe { *block }, unsafe { *block.add(1) });
    drop(unsafe { Rc::from_raw(raw) });
    drop(keep);
}
