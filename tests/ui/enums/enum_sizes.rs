// size_of of enums: tags, niches and the largest variant.
use std::mem::size_of;

#[allow(dead_code)]
enum Small {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum WithData {
    Empty,
    Num(u64),
    Pair(u32, u32),
}

#[allow(dead_code)]
enum Text {
    Owned(String),
    Borrowed(&'static str),
}

fn main() {
    println!("{}", size_of::<Small>());
    println!("{}", size_of::<WithData>());
    println!("{}", size_of::<Text>());
    println!("{}", size_of::<Option<bool>>());
    println!("{}", size_of::<Option<Option<bool>>>());
    println!("{}", size_of::<Result<u32, ()>>());
    println!("{}", size_of::<Option<Vec<i32>>>());
    println!("{}", size_of::<Option<char>>());
}
