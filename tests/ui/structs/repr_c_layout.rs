// `#[repr(C)]` keeps fields in declaration order with C padding; the default layout reorders them.
use std::mem::{align_of, size_of};

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Header {
    tag: u8,
    len: u64,
    flags: u16,
}

#[derive(Debug, Clone, Copy)]
struct Packed {
    tag: u8,
    len: u64,
    flags: u16,
}

#[repr(C)]
pub struct Pair(u8, u32, u8);

#[repr(C)]
struct Nested {
    first: u8,
    header: Header,
    last: u8,
}

#[repr(C)]
struct Empty;

fn main() {
    println!("Header {} {}", size_of::<Header>(), align_of::<Header>());
    println!("Packed {} {}", size_of::<Packed>(), align_of::<Packed>());
    println!("Pair {} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("Nested {} {}", size_of::<Nested>(), align_of::<Nested>());
    println!("Empty {}", size_of::<Empty>());
    println!("Option<&Header> {}", size_of::<Option<&Header>>());
    let h = Header { tag: 1, len: 2, flags: 3 };
    let boxed = Box::new(h);
    println!("{:?} {}", boxed, boxed.len + boxed.tag as u64 + boxed.flags as u64);
    let p = Packed { tag: 4, len: 5, flags: 6 };
    let n = Nested { first: 7, header: h, last: 8 };
    println!("{} {} {}", p.tag, n.header.len, n.first + n.last);
    let Pair(a, b, c) = Pair(1, 2, 3);
    println!("{}", a as u32 + b + c as u32);
}
