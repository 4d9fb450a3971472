// Deferred initialisation: the binding is assigned on the only path that leaves the loop.
fn main() {
    let data = [3, 8, 12, 7, 20];
    let found;
    let mut i = 0;
    loop {
        if data[i] > 10 {
            found = (i, data[i]);
            break;
        }
        i += 1;
    }
    let label: &str;
    if found.1 % 2 == 0 {
        label = "even";
    } else {
        label = "odd";
    }
    println!("first over 10: {:?} ({})", found, label);
}
