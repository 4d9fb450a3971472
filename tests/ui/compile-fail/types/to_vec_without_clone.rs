//@ compile-fail
// Copying a slice of non-Clone structs into a Vec with to_vec.
#[derive(Debug)]
struct Job(u32);

fn main() {
    let jobs = [Job(1), Job(2)];
    let copy = jobs[..1].to_vec(); //~ ERROR E0277
    println!("{:?}", copy);
}
