// raw pointers kept in a struct and a Vec hold no borrow: the pointees are written while they live
struct Cursor {
    at: *const u8,
    len: usize,
}
fn main() {
    let mut bytes = [1u8, 2, 3, 4];
    let c = Cursor { at: &bytes[1] as *const u8, len: 2 };
    bytes[0] = 9;
    let mut a = 1;
    let mut b = 2;
    let ptrs: Vec<*mut i32> = vec![&mut a as *mut i32, &mut b as *mut i32];
    a += 1;
    b += 1;
    for p in &ptrs {
        unsafe { **p *= 10 };
    }
    let seen = unsafe { *c.at };
    println!("{} {} {} {} {:?}", seen, c.len, a, b, bytes);
}
