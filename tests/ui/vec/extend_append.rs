// extend, extend_from_slice, append and split_off, with capacities.
fn main() {
    let mut v = vec![1, 2];
    v.extend([3, 4, 5]);
    println!("{:?} {}", v, v.capacity());
    v.extend_from_slice(&[6, 7]);
    println!("{:?} {}", v, v.capacity());
    let mut w = vec![8, 9];
    v.append(&mut w);
    println!("{:?} {} {:?} {}", v, v.capacity(), w, w.capacity());
    let tail = v.split_off(6);
    println!("{:?} {:?} {}", v, tail, tail.capacity());
    v.extend(tail.iter().map(|x| x * 100));
    println!("{v:?}");
}
