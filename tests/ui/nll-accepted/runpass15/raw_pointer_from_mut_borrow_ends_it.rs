// a raw pointer made from a `&mut` borrow ends it: the variable is read, then written through the pointer
fn bump(p: *mut i32) {
    unsafe { *p += 10 };
}
fn main() {
    let mut total = 5;
    let p = &mut total as *mut i32;
    println!("{}", total);
    bump(p);
    println!("{}", total);
    let mut words = vec![String::from("a"), String::from("b")];
    let first = &words[0] as *const String;
    words[1].push('!');
    let read = unsafe { (*first).clone() };
    println!("{} {:?}", read, words);
}
