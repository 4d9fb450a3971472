// Box::leak: the leaked 1 KiB is still live when main returns.
fn main() {
    let kept: &'static mut [u8; 1024] = Box::leak(Box::new([0u8; 1024]));
    kept[0] = 1;
    let freed = Box::new([0u8; 512]);
    println!("{} {}", kept[0], freed.len());
    let also_freed = vec![1u32; 64];
    println!("{}", also_freed.len());
    println!("{}", kept.len());
}
