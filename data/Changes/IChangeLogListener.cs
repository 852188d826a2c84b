namespace NetworkGraph.Data.Changes;

/// <summary>Told, when the application registers one, each time a transaction of this process commits changes to the log.</summary>
public interface IChangeLogListener
{
    void Committed();
}
