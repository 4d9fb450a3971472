// `&(1 + 2)`, `&(3 < 4)`, `&(7u32 as u8)`, `&(6 / 2)` and `&(1 << 4)` are promoted to `'static`.
fn sum() -> &'static u32 {
    &(1 + 2)
}
fn less() -> &'static bool {
    &(3 < 4)
}
fn narrowed() -> &'static u8 {
    &(7u32 as u8)
}
fn half() -> &'static i32 {
    &(6 / 2)
}
fn shifted() -> &'static u64 {
    &(1 << 4)
}
fn main() {
    let kept: &'static u32 = &(10 * 10);
    println!("{} {} {} {} {} {}", sum(), less(), narrowed(), half(), shifted(), kept);
}
