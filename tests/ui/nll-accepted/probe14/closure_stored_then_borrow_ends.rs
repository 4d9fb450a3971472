// A closure borrowing `count` is used before `count` changes.
fn main() {
    let mut count = 0;
    let show = || println!("{}", count);
    show();
    count += 1;
    println!("{}", count);
}
