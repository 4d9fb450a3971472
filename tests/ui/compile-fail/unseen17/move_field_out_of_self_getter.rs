//@ compile-fail
// A getter returns the Vec field itself by value from `&self`, as Java returns the list reference.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn get_songs(&self) -> Vec<String> {
        self.songs //~ ERROR E0507
    }
}

fn main() {
    let p = Playlist { songs: vec!["a".to_string()] };
    println!("{:?}", p.get_songs());
}
