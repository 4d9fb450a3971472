//@ compile-fail
// A playlist vector declared without mut gets songs pushed onto it.
fn main() {
    let playlist = Vec::new(); //~ ERROR E0596
    playlist.push("Intro");
    playlist.push("Outro");
    println!("{:?}", playlist);
}
