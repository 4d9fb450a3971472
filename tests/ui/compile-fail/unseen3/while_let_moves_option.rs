//@ compile-fail
// `while let Some(msg) = pending` moves the String out of `pending` on the first turn.
fn main() {
    let pending: Option<String> = Some(String::from("ping"));
    let mut tries = 0;
    while let Some(msg) = pending { //~ ERROR E0382
        println!("{}", msg);
        tries += 1;
        if tries == 2 {
            break;
        }
    }
}
