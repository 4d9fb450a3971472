//@ compile-fail
// A method taking &self that pushes into a Vec field.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn add(&self, song: &str) {
        self.songs.push(song.to_string()); //~ ERROR E0596
    }
}

fn main() {
    let p = Playlist { songs: vec![] };
    p.add("Clair de lune");
    println!("{}", p.songs.len());
}
