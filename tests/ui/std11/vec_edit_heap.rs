// Vec editing with heap figures: insert/remove/swap_remove, split_off, append, extend_from_slice, resize, drain, truncate.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("cap {}", v.capacity());
    for i in 0..9 {
        v.push(i);
        print!("{} ", v.capacity());
    }
    println!();
    v.insert(0, -1);
    v.insert(5, 100);
    println!("{:?}", v);
    println!("remove {} swap_remove {}", v.remove(1), v.swap_remove(0));
    println!("{:?}", v);
    let tail = v.split_off(6);
    println!("{:?} | {:?} caps {} {}", v, tail, v.capacity(), tail.capacity());
    let mut other = vec![7, 7];
    v.append(&mut other);
    println!("{:?} other empty {} cap {}", v, other.is_empty(), other.capacity());
    v.extend_from_slice(&tail);
    v.extend_from_slice(&[1, 2, 3]);
    println!("{:?} len {}", v, v.len());
    v.resize(4, 0);
    println!("{:?}", v);
    v.resize(7, -9);
    println!("{:?}", v);
    let drained: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", drained, v);
    let all: Vec<i32> = v.drain(..).rev().collect();
    println!("{:?} {:?} cap {}", all, v, v.capacity());
    let mut w = Vec::with_capacity(2);
    w.extend([1u8, 2, 3, 4, 5]);
    println!("{} {}", w.len(), w.capacity());
    w.truncate(2);
    w.shrink_to_fit();
    println!("{:?} {}", w, w.capacity());
    let boxed: Box<[u8]> = w.into_boxed_slice();
    println!("{:?} {}", boxed, boxed.len());
    let back = boxed.into_vec();
    println!("{:?}", back);
    let copy = back.to_vec();
    println!("{:?}", copy);
    let mut ins = vec![String::from("b")];
    ins.insert(0, String::from("a"));
    ins.push(String::from("c"));
    let removed = ins.remove(1);
    println!("{} {:?}", removed, ins);
    ins.clear();
    println!("{} {}", ins.len(), ins.capacity());
    let mut grow: Vec<u64> = vec![0; 3];
    grow.reserve(10);
    println!("{} {}", grow.len(), grow.capacity() >= 13);
    grow.reserve_exact(1);
    println!("{}", grow.capacity());
}
