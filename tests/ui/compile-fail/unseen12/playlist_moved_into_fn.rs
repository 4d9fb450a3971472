//@ compile-fail
// A playlist Vec is passed by value to a printing function, then used again.
fn show(songs: Vec<String>) {
    for s in &songs {
        println!("{}", s);
    }
}

fn main() {
    let songs = vec![String::from("Intro"), String::from("Outro")];
    show(songs);
    println!("{} songs", songs.len()); //~ ERROR E0382
}
