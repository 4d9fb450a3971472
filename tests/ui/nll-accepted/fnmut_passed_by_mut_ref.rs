// Passing `&mut` to a FnMut closure to helpers repeatedly.
fn repeat<F: FnMut(u32)>(f: &mut F, times: u32) {
    for i in 0..times {
        f(i);
    }
}

fn main() {
    let mut seen = Vec::new();
    let mut record = |i: u32| seen.push(i);
    repeat(&mut record, 2);
    repeat(&mut record, 3);
    println!("{:?}", seen);
}
