//@ compile-fail
// A deferred-initialised grade assigned in some match arms only, then printed.
fn main() {
    let score = 72;
    let grade: char;
    match score {
        90..=100 => grade = 'A',
        80..=89 => grade = 'B',
        70..=79 => grade = 'C',
        _ => {}
    }
    println!("grade {}", grade); //~ ERROR E0381
}
