//@ compile-fail
// A move closure takes the config String, and main still prints the config afterwards.
fn main() {
    let config = String::from("verbose=true");
    let show = move || println!("using {}", config);
    show();
    println!("config was {}", config); //~ ERROR E0382
}
