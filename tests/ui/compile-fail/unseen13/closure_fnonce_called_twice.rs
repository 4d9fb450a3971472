//@ compile-fail
// A closure that drops its captured Vec is called twice.
fn main() {
    let data = vec![1, 2, 3];
    let consume = move || drop(data);
    consume();
    consume(); //~ ERROR E0382
}
