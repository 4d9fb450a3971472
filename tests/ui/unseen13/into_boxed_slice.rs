// into_boxed_slice drops the spare capacity: a Box<[T]> knows only its length.
use std::mem::size_of;

fn largest(values: &[u32]) -> u32 {
    let mut best = 0;
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(16);
    v.extend_from_slice(&[4, 8, 15, 16, 23, 42]);
    println!("vec len {} cap {}", v.len(), v.capacity());
    let boxed: Box<[u32]> = v.into_boxed_slice();
    println!("boxed len {} sum {}", boxed.len(), boxed.iter().sum::<u32>());
    println!("Vec<u32> {} bytes, Box<[u32]> {} bytes", size_of::<Vec<u32>>(), size_of::<Box<[u32]>>());
    println!("largest in the box {}", largest(&boxed));
    let back: Vec<u32> = boxed.into_vec();
    println!("back to vec: len {} cap {}", back.len(), back.capacity());
    let s = String::from("texte fige");
    let frozen: Box<str> = s.into_boxed_str();
    println!("{} ({} bytes)", frozen, frozen.len());
    let arr: Box<[i8; 4]> = Box::new([1, -2, 3, -4]);
    let total: i32 = arr.iter().map(|&x| x as i32).sum();
    println!("array in a box: {:?} total {}", arr, total);
    let from_vec: Box<[String]> = vec![String::from("a"), String::from("b")].into_boxed_slice();
    println!("{:?}", from_vec);
}
