// size_of and align_of of structs: rustc reorders fields to minimise padding.
use std::mem::{align_of, size_of};

struct A {
    a: u8,
    b: u32,
    c: u8,
}

#[repr(C)]
struct B {
    a: u8,
    b: u32,
    c: u8,
}

struct C {
    s: String,
    v: Vec<u8>,
    b: Box<u8>,
    flag: bool,
}

fn main() {
    println!("{} {}", size_of::<A>(), align_of::<A>());
    println!("{} {}", size_of::<B>(), align_of::<B>());
    println!("{} {}", size_of::<C>(), align_of::<C>());
    println!("{}", size_of::<(u8, u64)>());
    println!("{}", size_of::<Option<Box<u8>>>());
    println!("{}", size_of::<Option<u32>>());
    println!("{}", size_of::<&str>());
    println!("{}", size_of::<&[u64]>());
}
