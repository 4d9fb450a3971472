// Vec/slice/String/Rc surface: retain_mut, resize, chunks_exact, rotate, repeat, drain, replace_range, make_mut, integer bits.
use std::rc::Rc;
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6, 7];
    v.retain_mut(|x| { *x *= 10; *x > 20 });
    println!("{:?}", v);
    v.resize(8, 9);
    v.shrink_to(9);
    println!("{:?} {}", v, v.capacity());
    if let Some(f) = v.first_mut() { *f = 0; }
    *v.last_mut().unwrap() = 1;
    let (a, b) = v.split_at_mut(3);
    a[0] = b[0];
    println!("{:?}", v);
    for c in [1, 2, 3, 4, 5, 6, 7].chunks_exact(3) { println!("{:?}", c); }
    let r = [1u8, 2, 3].repeat(2);
    println!("{:?}", r);
    v.rotate_left(2);
    println!("{:?} {}", v, v.ends_with(&[0, 1]));
    let back: Vec<i32> = v.clone().into_iter().rev().collect();
    println!("{:?}", back);
    let bx: Box<[i32]> = vec![1, 2].into_boxed_slice();
    let again = bx.into_vec();
    println!("{:?}", again);
    let mut s = String::from("Hello, World");
    s.retain(|c| c != 'l');
    s.make_ascii_uppercase();
    println!("{s}");
    let d: String = s.drain(..3).collect();
    println!("{d} {s}");
    s.replace_range(0..1, "xyzw");
    let t = s.split_off(4);
    println!("{s}|{t}");
    s.extend(vec!['a', 'b']);
    s.extend(vec!["cd", "ef"]);
    println!("{s} {}", "ABC".eq_ignore_ascii_case("abc"));
    let mut rc = Rc::new(vec![1]);
    let other = rc.clone();
    Rc::make_mut(&mut rc).push(2);
    println!("{:?} {:?}", rc, other);
    let bb: Box<i32> = Box::new(5);
    let rr: &i32 = bb.as_ref();
    println!("{} {} {}", rr, 0x1234u16.swap_bytes(), 5i8.checked_neg().unwrap());
    println!("{:?} {:?} {} {}", 2i32.checked_pow(31), 3u8.checked_pow(5), 100u32.ilog10(), 17u64.isqrt());
}
