// Alignment and padding: the size of a struct is a multiple of its alignment.
use std::mem::{align_of, size_of};

#[allow(dead_code)]
struct Mixed {
    a: u8,
    b: u32,
    c: u16,
}

#[allow(dead_code)]
struct Tiny {
    a: u8,
    b: u8,
}

#[allow(dead_code)]
enum Shape {
    Dot,
    Circle(f64),
    Rect(f32, f32),
}

fn report<T>(name: &str) {
    println!("{:<12} size {:>2}  align {}", name, size_of::<T>(), align_of::<T>());
}

fn main() {
    report::<u8>("u8");
    report::<u32>("u32");
    report::<u64>("u64");
    report::<Mixed>("Mixed");
    report::<Tiny>("Tiny");
    report::<Shape>("Shape");
    report::<(u8, u64)>("(u8, u64)");
    report::<[u32; 3]>("[u32; 3]");
    report::<Option<u8>>("Option<u8>");
    report::<Option<&u8>>("Option<&u8>");
    report::<String>("String");
    report::<Box<[u8]>>("Box<[u8]>");
    let total: usize = [size_of::<Mixed>(), size_of::<Tiny>()].iter().sum();
    println!("total {}", total);
}
