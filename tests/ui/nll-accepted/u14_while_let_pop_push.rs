// while let over pop() pushes to the same Vec in the body: each pop's borrow has ended
fn main() {
    let mut work = vec![16u32];
    let mut done = Vec::new();
    while let Some(n) = work.pop() {
        if n > 2 && n % 2 == 0 {
            work.push(n / 2);
            work.push(n / 2 - 1);
        } else {
            done.push(n);
        }
    }
    done.sort();
    println!("{:?}", done);
}
