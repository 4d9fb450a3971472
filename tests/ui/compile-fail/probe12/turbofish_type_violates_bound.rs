//@ compile-fail
// `keep::<String>` where `keep<T: Copy>`.
fn keep<T: Copy>() -> usize {
    std::mem::size_of::<T>()
}
fn main() {
    println!("{}", keep::<String>()); //~ ERROR E0277
}
