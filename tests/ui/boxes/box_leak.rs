// Box::leak turns a Box into a &'static mut; its memory is never freed.
fn main() {
    let s: &'static mut String = Box::leak(Box::new(String::from("leaked")));
    s.push_str(" forever");
    println!("{s}");
    let nums: &'static [u32] = Box::leak(vec![1, 2, 3].into_boxed_slice());
    println!("{nums:?}");
    let total: u32 = nums.iter().sum();
    println!("total {total}");
}
