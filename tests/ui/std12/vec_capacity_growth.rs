// Vec capacity rules: with_capacity, reserve vs reserve_exact, growth by push, collect from exact and filtered iterators, vec! and clone.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut caps = Vec::new();
    for i in 0..20 {
        v.push(i);
        if caps.last() != Some(&v.capacity()) {
            caps.push(v.capacity());
        }
    }
    println!("u64 growth {:?}", caps);
    let mut b: Vec<u8> = Vec::new();
    b.push(1);
    println!("u8 first cap {}", b.capacity());
    let mut big: Vec<[u8; 2000]> = Vec::new();
    big.push([0; 2000]);
    println!("big first cap {}", big.capacity());
    let mut r: Vec<i32> = Vec::with_capacity(3);
    r.extend([1, 2]);
    r.reserve(2);
    println!("reserve(2) at len 2 cap 3 -> {}", r.capacity());
    r.reserve(10);
    println!("reserve(10) -> {}", r.capacity());
    let mut e: Vec<i32> = vec![1, 2];
    e.reserve_exact(3);
    println!("reserve_exact(3) -> {}", e.capacity());
    let c1: Vec<i32> = (0..10).collect();
    let c2: Vec<i32> = (0..10).filter(|x| x % 3 == 0).collect();
    let c3: Vec<i32> = (0..10).map(|x| x * 2).skip(3).collect();
    let c4: Vec<i32> = (0..10).take_while(|&x| x < 6).collect();
    println!("{} {} {} {}", c1.capacity(), c2.capacity(), c3.capacity(), c4.capacity());
    let mut cl = Vec::with_capacity(50);
    cl.extend_from_slice(&[1, 2, 3]);
    let cloned = cl.clone();
    println!("orig cap {} clone cap {}", cl.capacity(), cloned.capacity());
    let lit = vec![0; 7];
    let rep = [1, 2].repeat(3);
    println!("{} {} {:?}", lit.capacity(), rep.capacity(), rep);
    let from_slice: Vec<i32> = [1, 2, 3].to_vec();
    let from_arr = Vec::from([4, 5]);
    println!("{} {}", from_slice.capacity(), from_arr.capacity());
    let s: Vec<String> = Vec::with_capacity(0);
    println!("{} {}", s.capacity(), s.len());
    let chars: Vec<char> = "héllo".chars().collect();
    println!("{} {}", chars.len(), chars.capacity());
    let boxed: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", boxed, boxed.len());
}
