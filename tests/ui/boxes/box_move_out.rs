// Moving out of a Box with * consumes the Box and frees its allocation.
#[derive(Debug)]
struct Big {
    data: [u64; 4],
    label: String,
}

fn main() {
    let b = Box::new(Big { data: [1, 2, 3, 4], label: String::from("big") });
    let inner: Big = *b;
    println!("{:?}", inner);
    let bs: Box<str> = "boxed str".into();
    println!("{bs} {}", bs.len());
    let bslice: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", bslice, bslice.len());
    let v: Vec<i32> = bslice.into_vec();
    println!("{} {}", v.len(), v.capacity());
}
