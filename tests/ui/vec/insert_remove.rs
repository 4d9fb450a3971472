// insert and remove shift elements; swap_remove moves the last into the hole.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd', 'e'];
    v.insert(2, 'X');
    println!("{v:?}");
    let r = v.remove(0);
    println!("{r} {v:?}");
    let s = v.swap_remove(1);
    println!("{s} {v:?}");
    v.insert(v.len(), 'Z');
    println!("{v:?} {}", v.capacity());
    println!("{:?}", v.pop());
    v.clear();
    println!("{:?} {}", v.pop(), v.capacity());
}
