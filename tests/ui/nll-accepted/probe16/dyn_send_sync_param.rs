// A Box<dyn Fn() + Send> given to a Send parameter, a Sync closure given as &(dyn Fn() + Sync).
fn run(f: Box<dyn Fn() -> u32 + Send>) -> u32 { f() }
fn run_ref(f: &(dyn Fn() -> u32 + Sync)) -> u32 { f() }
fn main() {
    let f: Box<dyn Fn() -> u32 + Send> = Box::new(|| 3);
    let g = || 4;
    println!("{} {}", run(f), run_ref(&g));
}
